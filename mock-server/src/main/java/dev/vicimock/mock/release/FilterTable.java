package dev.vicimock.mock.release;

import java.util.HashMap;
import java.util.Map;

/**
 * The filter of each parameter a release reads, for both settings of {@code system_settings.use_non_latin}.
 * A parameter the table does not name is passed through unfiltered.
 */
public final class FilterTable {
    private final Map<String, Filter> latin;
    private final Map<String, Filter> nonLatin;

    private FilterTable(Map<String, Filter> latin, Map<String, Filter> nonLatin) {
        this.latin = Map.copyOf(latin);
        this.nonLatin = Map.copyOf(nonLatin);
    }

    public Filter filterFor(String parameter, boolean useNonLatin) {
        return (useNonLatin ? nonLatin : latin).getOrDefault(parameter, Filter.NONE);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the filters; {@code both} sets one for either setting of use_non_latin. */
    public static final class Builder {
        private final Map<String, Filter> latin = new HashMap<>();
        private final Map<String, Filter> nonLatin = new HashMap<>();

        public Builder both(Filter filter, String... parameters) {
            return latin(filter, parameters).nonLatin(filter, parameters);
        }

        /** Sets the filter for one setting of use_non_latin. */
        public Builder when(boolean useNonLatin, Filter filter, String... parameters) {
            return useNonLatin ? nonLatin(filter, parameters) : latin(filter, parameters);
        }

        public Builder latin(Filter filter, String... parameters) {
            for (String p : parameters) {
                latin.put(p, filter);
            }
            return this;
        }

        public Builder nonLatin(Filter filter, String... parameters) {
            for (String p : parameters) {
                nonLatin.put(p, filter);
            }
            return this;
        }

        public FilterTable build() {
            return new FilterTable(latin, nonLatin);
        }
    }
}
