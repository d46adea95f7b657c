package dev.vicimock.mock.release;

import java.util.Map;

/**
 * Everything that differs between two VICIdial releases, as data: version strings, the PHP runtime under it,
 * input filters, length limits, column widths and which fields and answers exist. The code paths of the
 * API look these up instead of testing version numbers.
 *
 * @param name                  profile name, e.g. {@code 2.14-202}
 * @param version               what {@code function=version} reports as VERSION
 * @param build                 what it reports as BUILD
 * @param runtime               the PHP runtime the release runs on
 * @param filters               the input filter of every parameter
 * @param emailMinLength        shortest email update_phone accepts
 * @param columnWidths          widths of the phones columns the database truncates to, by column
 * @param extendedPhoneFields   whether the release knows outbound_alt_cid, phone_ring_timeout,
 *                              delete_vm_after_email, the webphone flags and template_id
 * @param noUpdatesNotice       whether an update_phone with nothing to write answers NO UPDATES DEFINED
 * @param debugNeedsSetting     whether {@code DB=1} only works with {@code system_settings.allow_web_debug}
 * @param authQueryColumns      the column list of the auth query the debug output shows
 */
public record Release(String name, String version, String build, PhpRuntime runtime, FilterTable filters,
                      int emailMinLength, Map<String, Integer> columnWidths, boolean extendedPhoneFields,
                      boolean noUpdatesNotice, boolean debugNeedsSetting, String authQueryColumns) {

    public Release {
        columnWidths = Map.copyOf(columnWidths);
    }

    /** The value as the database stores it in that phones column: cut to the column's width. */
    public String fitPhoneColumn(String column, String text) {
        Integer width = columnWidths.get(column);
        if (text == null || width == null || text.codePointCount(0, text.length()) <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, width));
    }
}
