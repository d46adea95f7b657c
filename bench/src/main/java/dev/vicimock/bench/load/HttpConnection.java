package dev.vicimock.bench.load;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection over a plain socket: writes a prepared request, reads the whole
 * response (Content-Length, chunked, or until close). Reopens the socket when the server closed it.
 * A raw client keeps the generator's own cost per request small, which matters when it shares two cores
 * with the server under test.
 */
public final class HttpConnection implements Closeable {
    private static final int MAX_LINE = 8192;

    private final String host;
    private final int port;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private final byte[] buf = new byte[16 * 1024];
    private int pos;
    private int lim;
    private final byte[] line = new byte[MAX_LINE];
    private int lineLength;
    private final HttpResponse response = new HttpResponse();

    public HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Reads responses from a fixed stream; for tests of the parser. */
    HttpConnection(InputStream in) {
        this("test", 0);
        this.in = in;
    }

    /** Parses the next response from the stream; for tests of the parser. */
    HttpResponse readNext() throws IOException {
        readResponse(response);
        return response;
    }

    /** The bytes of a GET request for this target, to be built once and sent many times. */
    public static byte[] get(String host, int port, String target) {
        String r = "GET " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n";
        return r.getBytes(StandardCharsets.ISO_8859_1);
    }

    public void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(host, port), 5_000);
        s.setSoTimeout(30_000);
        socket = s;
        out = s.getOutputStream();
        in = s.getInputStream();
        pos = 0;
        lim = 0;
    }

    /** Sends the request and reads its response; the returned object is reused by the next call. */
    public HttpResponse exchange(byte[] request) throws IOException {
        if (socket == null) {
            open();
        }
        out.write(request);
        out.flush();
        readResponse(response);
        if (response.closeAfter) {
            close();
        }
        return response;
    }

    void readResponse(HttpResponse r) throws IOException {
        r.bodyLength = 0;
        r.closeAfter = false;
        readLine();
        r.status = parseStatus();
        long contentLength = -1;
        boolean chunked = false;
        while (readLine() > 0) {
            if (headerIs("content-length")) {
                contentLength = Long.parseLong(headerValue());
            } else if (headerIs("transfer-encoding")) {
                chunked = headerValue().toLowerCase().contains("chunked");
            } else if (headerIs("connection")) {
                r.closeAfter = headerValue().equalsIgnoreCase("close");
            }
        }
        if (chunked) {
            readChunked(r);
        } else if (contentLength >= 0) {
            readFixed(r, contentLength);
        } else if (r.status == 204 || r.status == 304 || (r.status >= 100 && r.status < 200)) {
            // no body by definition
        } else {
            readUntilClose(r);
            r.closeAfter = true;
        }
    }

    private int parseStatus() throws IOException {
        // "HTTP/1.1 200 OK": the three digits after the first space
        int sp = 0;
        while (sp < lineLength && line[sp] != ' ') {
            sp++;
        }
        if (lineLength < sp + 4) {
            throw new IOException("bad status line: " + new String(line, 0, lineLength, StandardCharsets.ISO_8859_1));
        }
        return (line[sp + 1] - '0') * 100 + (line[sp + 2] - '0') * 10 + (line[sp + 3] - '0');
    }

    private boolean headerIs(String lowerName) {
        int n = lowerName.length();
        if (lineLength <= n || line[n] != ':') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Character.toLowerCase((char) line[i]) != lowerName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String headerValue() {
        int colon = 0;
        while (line[colon] != ':') {
            colon++;
        }
        return new String(line, colon + 1, lineLength - colon - 1, StandardCharsets.ISO_8859_1).trim();
    }

    private void readChunked(HttpResponse r) throws IOException {
        while (true) {
            readLine();
            int semi = 0;
            while (semi < lineLength && line[semi] != ';') {
                semi++;
            }
            long size = Long.parseLong(new String(line, 0, semi, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                while (readLine() > 0) {
                    // trailers are ignored
                }
                return;
            }
            readFixed(r, size);
            readLine();
        }
    }

    private void readFixed(HttpResponse r, long length) throws IOException {
        long left = length;
        while (left > 0) {
            if (pos == lim) {
                fill();
            }
            int n = (int) Math.min(left, lim - pos);
            r.appendBody(buf, pos, n);
            pos += n;
            left -= n;
        }
    }

    private void readUntilClose(HttpResponse r) throws IOException {
        while (true) {
            if (pos == lim && !tryFill()) {
                return;
            }
            r.appendBody(buf, pos, lim - pos);
            pos = lim;
        }
    }

    /** Reads one line without its CR LF into {@link #line}; returns its length. */
    private int readLine() throws IOException {
        lineLength = 0;
        while (true) {
            if (pos == lim) {
                fill();
            }
            byte b = buf[pos++];
            if (b == '\n') {
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return lineLength;
            }
            if (lineLength == MAX_LINE) {
                throw new IOException("header line longer than " + MAX_LINE);
            }
            line[lineLength++] = b;
        }
    }

    private void fill() throws IOException {
        if (!tryFill()) {
            throw new EOFException("server closed the connection mid-response");
        }
    }

    private boolean tryFill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a loopback socket: nothing useful to do
            }
            socket = null;
        }
    }
}
