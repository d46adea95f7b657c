package dev.vicimock.mock.release;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that differs between two VICIdial releases, as data: version strings, the PHP runtime under it,
 * input filters, length limits, column widths, which functions exist and which behaviours ({@link Capability})
 * the release has. The code paths of the API look these up instead of testing version numbers. Made with
 * {@link #builder(String)}, so a release definition reads as what it changes.
 *
 * @param name             profile name, e.g. {@code 2.14-202}
 * @param since            the oldest version that behaves like this release (it stands for since..itself, up to
 *                         the next release's since), or null for every older version
 * @param version          what {@code function=version} reports as VERSION
 * @param build            what it reports as BUILD
 * @param runtime          the PHP runtime the release runs on
 * @param filters          the input filter of every parameter
 * @param emailMinLength   shortest email update_phone accepts
 * @param columnWidths     widths of the phones columns the database truncates to, by column
 * @param functions        the functions that need a login and that the release knows (others: NO FUNCTION SPECIFIED)
 * @param capabilities     the behaviours the release has
 * @param authQueryColumns the column list of the auth query the debug output shows
 */
public record Release(
        String name,
        String since,
        String version,
        String build,
        PhpRuntime runtime,
        FilterTable filters,
        int emailMinLength,
        Map<String, Integer> columnWidths,
        Set<String> functions,
        Set<Capability> capabilities,
        String authQueryColumns) {

    public Release {
        columnWidths = Map.copyOf(columnWidths);
        functions = Set.copyOf(functions);
        capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }

    /** True when the release answers this function after a login; an unknown one says NO FUNCTION SPECIFIED. */
    public boolean knows(String function) {
        return functions.contains(function);
    }

    /** The value as the database stores it in that phones column: cut to the column's width. */
    public String fitPhoneColumn(String column, String text) {
        Integer width = columnWidths.get(column);
        if (text == null || width == null || text.codePointCount(0, text.length()) <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, width));
    }

    /** A release by name; version defaults to the name, the rest must be given or takes the stated default. */
    public static final class Builder {
        private final String name;
        private String since;
        private String version;
        private String build;
        private PhpRuntime runtime;
        private FilterTable filters;
        private int emailMinLength = 5;
        private Map<String, Integer> columnWidths = PhonesSchemaWidths.upstream();
        private final Set<String> functions = new LinkedHashSet<>();
        private final Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        private String authQueryColumns;

        private Builder(String name) {
            this.name = name;
            this.version = name;
        }

        /** The oldest version this release stands for; older ones too unless given. */
        public Builder since(String oldest) {
            this.since = oldest;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder build(String build) {
            this.build = build;
            return this;
        }

        public Builder runtime(PhpRuntime runtime) {
            this.runtime = runtime;
            return this;
        }

        public Builder filters(FilterTable filters) {
            this.filters = filters;
            return this;
        }

        /** Shortest email update_phone accepts; 5 unless given. */
        public Builder emailMinLength(int length) {
            this.emailMinLength = length;
            return this;
        }

        /** Phones column widths; the upstream schema's unless given. */
        public Builder columnWidths(Map<String, Integer> widths) {
            this.columnWidths = widths;
            return this;
        }

        public Builder functions(String... names) {
            functions.addAll(List.of(names));
            return this;
        }

        public Builder with(Capability... these) {
            capabilities.addAll(List.of(these));
            return this;
        }

        public Builder authQueryColumns(String columns) {
            this.authQueryColumns = columns;
            return this;
        }

        public Release create() {
            return new Release(
                    name,
                    since,
                    version,
                    Objects.requireNonNull(build, "build"),
                    Objects.requireNonNull(runtime, "runtime"),
                    Objects.requireNonNull(filters, "filters"),
                    emailMinLength,
                    columnWidths,
                    functions,
                    capabilities,
                    Objects.requireNonNull(authQueryColumns, "authQueryColumns"));
        }
    }
}
