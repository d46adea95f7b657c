package dev.vicimock.mock.wiremock;

import com.github.tomakehurst.wiremock.common.Gzip;
import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.multipart.PartParser;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * The request as WireMock is shown it: the same request, except where WireMock's own parsing would throw on
 * input that PHP takes in its stride. A charset Java does not know is dropped from Content-Type; a form body with
 * an invalid percent escape ({@code %zz}) shows it as {@code %25zz}, which PHP decodes to the same bytes; a body
 * WireMock cannot inflate or split into parts is shown without the header that asks it to (as
 * {@code application/octet-stream}, or empty when it only looks like gzip). The journal records this view; the
 * simulator reads the untouched {@link RawRequest}.
 */
final class WireMockView extends HttpServletRequestWrapper {
    private static final Pattern INVALID_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Pattern MULTIPART = Pattern.compile("(?i)^\\s*multipart/.*");
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String CONTENT_ENCODING = "Content-Encoding";
    private static final String OPAQUE = "application/octet-stream";

    private final String contentType;
    private final boolean dropEncoding;
    private final byte[] body;

    private WireMockView(HttpServletRequest request, String contentType, boolean dropEncoding, byte[] body) {
        super(request);
        this.contentType = contentType;
        this.dropEncoding = dropEncoding;
        this.body = body;
    }

    /** A view of the request with the body already read; {@code maxInflatedBytes} bounds gzip inflation. */
    static WireMockView of(HttpServletRequest request, byte[] body, long maxInflatedBytes) {
        byte[] shown = body;
        byte[] parsed = body;
        boolean dropEncoding = false;
        String encoding = request.getHeader(CONTENT_ENCODING);
        boolean declaredGzip = encoding != null && encoding.contains("gzip");
        if (Gzip.isGzipped(body)) {
            byte[] inflated = inflate(body, maxInflatedBytes);
            if (inflated == null) {
                // WireMock inflates anything that starts like gzip, and would throw or run out of memory
                shown = new byte[0];
                parsed = shown;
                dropEncoding = true;
            } else {
                parsed = inflated;
            }
        } else if (declaredGzip) {
            dropEncoding = true;
        }
        String type = safeCharset(request.getContentType());
        if (type != null && MULTIPART.matcher(type).matches() && !partsParse(type, parsed)) {
            type = OPAQUE;
        }
        if (type != null && type.contains("application/x-www-form-urlencoded") && !formDecodes(type, parsed)) {
            byte[] repaired = repairEscapes(new String(shown, StandardCharsets.ISO_8859_1))
                    .getBytes(StandardCharsets.ISO_8859_1);
            if (parsed == shown && formDecodes(type, repaired)) {
                shown = repaired;
            } else {
                type = OPAQUE;
            }
        }
        return new WireMockView(request, type, dropEncoding, shown);
    }

    /** Escapes every {@code %} that does not start a valid escape; PHP reads the result as the same bytes. */
    static String repairEscapes(String s) {
        return s.indexOf('%') < 0 ? s : INVALID_ESCAPE.matcher(s).replaceAll("%25");
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public String getCharacterEncoding() {
        if (contentType == null) {
            return null;
        }
        return new ContentTypeHeader(contentType).encodingPart().orElse(null);
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getHeader(String name) {
        if (CONTENT_TYPE.equalsIgnoreCase(name)) {
            return contentType;
        }
        if (dropEncoding && CONTENT_ENCODING.equalsIgnoreCase(name)) {
            return null;
        }
        if ("Content-Length".equalsIgnoreCase(name) && super.getHeader(name) != null) {
            return Integer.toString(body.length);
        }
        return super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        String single = getHeader(name);
        if (CONTENT_TYPE.equalsIgnoreCase(name)
                || CONTENT_ENCODING.equalsIgnoreCase(name)
                || "Content-Length".equalsIgnoreCase(name)) {
            return Collections.enumeration(single == null ? List.of() : List.of(single));
        }
        return super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = new ArrayList<>();
        for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
            String n = e.nextElement();
            if (getHeader(n) != null) {
                names.add(n);
            }
        }
        return Collections.enumeration(names);
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the body has been read already");
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String enc = getCharacterEncoding();
        Charset charset = enc == null ? StandardCharsets.ISO_8859_1 : Charset.forName(enc);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /** The Content-Type without a charset parameter WireMock or Jetty would fail to look up. */
    private static String safeCharset(String type) {
        if (type == null || charsetUsable(type)) {
            return type;
        }
        StringBuilder kept = new StringBuilder();
        String[] parts = type.split(";", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0 && parts[i].trim().toLowerCase(Locale.ROOT).startsWith("charset")) {
                continue;
            }
            if (kept.length() > 0) {
                kept.append(';');
            }
            kept.append(parts[i]);
        }
        return kept.toString();
    }

    private static boolean charsetUsable(String type) {
        try {
            new ContentTypeHeader(type).charset();
            String enc = new ContentTypeHeader(type).encodingPart().orElse(null);
            return enc == null || Charset.isSupported(enc);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether WireMock's multipart parser takes this body (it throws on a missing boundary or a cut part). */
    private static boolean partsParse(String type, byte[] body) {
        try {
            PartParser.parseFrom(ImmutableRequest.create()
                    .withAbsoluteUrl("http://localhost/")
                    .withMethod(RequestMethod.POST)
                    .withHeader(CONTENT_TYPE, type)
                    .withBody(body)
                    .build());
            return true;
        } catch (Exception e) {
            // WireMock rethrows the parser's checked exceptions unchecked, so catch them all
            return false;
        }
    }

    /** Whether WireMock's form decoding (Jetty's UrlEncoded, as WireMock calls it) takes this body. */
    private static boolean formDecodes(String type, byte[] body) {
        try {
            ContentTypeHeader header = new ContentTypeHeader(type);
            String enc = header.encodingPart().orElse(null);
            Charset charset = enc == null ? Charset.defaultCharset() : Charset.forName(enc);
            UrlEncoded.decodeTo(new String(body, header.charset()), new MultiMap<>(), charset);
            return true;
        } catch (RuntimeException e) {
            // Jetty refuses invalid escapes and invalid UTF-8 with IllegalArgumentException
            return false;
        }
    }

    /** The inflated body, or null when it is not gzip data or inflates to more than the limit. */
    private static byte[] inflate(byte[] body, long limit) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return RequestGuard.read(in, limit);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
