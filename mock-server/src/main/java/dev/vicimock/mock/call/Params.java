package dev.vicimock.mock.call;

import dev.vicimock.mock.http.ApiRequest;
import dev.vicimock.mock.http.Param;
import dev.vicimock.mock.release.FilterTable;
import dev.vicimock.mock.release.PhpRuntime;
import java.util.HashMap;
import java.util.Map;

/**
 * The request's parameters after the release's input filters, read the way the PHP code reads its
 * variables: a missing parameter is the empty string, an array prints as {@code Array}, and taking the
 * length of an array is where PHP 7 says null and PHP 8 dies.
 */
public final class Params {
    private final ApiRequest request;
    private final FilterTable filters;
    private final boolean nonLatin;
    private final PhpRuntime runtime;
    // update_phone reads some thirty names: sized so the map never grows during a request
    private final Map<String, String> filtered = new HashMap<>(64);

    public Params(ApiRequest request, FilterTable filters, boolean nonLatin, PhpRuntime runtime) {
        this.request = request;
        this.filters = filters;
        this.nonLatin = nonLatin;
        this.runtime = runtime;
    }

    /** The filtered value as a byte string; "" when absent, {@code Array} for an array. */
    public String text(String name) {
        String known = filtered.get(name);
        if (known == null) {
            Param p = request.get(name);
            if (p == null) {
                known = "";
            } else if (p instanceof Param.Array) {
                known = "Array";
            } else {
                known = filters.filterFor(name, nonLatin).apply(((Param.Text) p).bytes());
            }
            filtered.put(name, known);
        }
        return known;
    }

    /**
     * Filters every parameter the request carries, so that a call does it once before its transaction starts
     * rather than in a transaction that may run again. Filtering has no effects, so filtering one the code never
     * reads is harmless.
     */
    public void filterAll() {
        for (String name : request.params().keySet()) {
            text(name);
        }
    }

    /** PHP's {@code strlen} of the filtered value, in bytes. */
    public int strlen(String name) {
        if (request.get(name) instanceof Param.Array) {
            if (runtime.crashesOnSloppyInput()) {
                throw new PhpCrash("strlen() of array parameter " + name);
            }
            return 0;
        }
        return text(name).length();
    }

    /** True when the filtered value equals the literal (never for an array). */
    public boolean is(String name, String literal) {
        return !(request.get(name) instanceof Param.Array) && text(name).equals(literal);
    }

    public boolean isArray(String name) {
        return request.get(name) instanceof Param.Array;
    }

    public String clientIp() {
        return request.clientIp();
    }
}
