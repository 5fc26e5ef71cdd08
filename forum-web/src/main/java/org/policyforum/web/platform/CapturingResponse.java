package org.policyforum.web.platform;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A response whose body is held back in memory and whose headers are noted as they pass through to the real response,
 * so that {@link ReaderPageCache} can keep a copy. Errors, redirects and cookies go straight through and make the page
 * one not to copy.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
    private final List<PageCopy.Header> headers = new ArrayList<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean personal;
    private boolean bypassed;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a captured page is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset()));
        }
        return writer;
    }

    Charset charset() {
        String name = getCharacterEncoding();
        return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        flushBuffer();
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
        headers.clear();
    }

    @Override
    public boolean isCommitted() {
        return bypassed || super.isCommitted();
    }

    @Override
    public void setHeader(String name, String value) {
        headers.add(new PageCopy.Header(name, value, false));
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        headers.add(new PageCopy.Header(name, value, true));
        super.addHeader(name, value);
    }

    @Override
    public void addCookie(Cookie cookie) {
        personal = true;
        super.addCookie(cookie);
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
        super.setStatus(status);
    }

    @Override
    public void sendError(int code, String message) throws IOException {
        bypass(code);
        super.sendError(code, message);
    }

    @Override
    public void sendError(int code) throws IOException {
        bypass(code);
        super.sendError(code);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        bypass(SC_FOUND);
        super.sendRedirect(location);
    }

    private void bypass(int code) {
        status = code;
        bypassed = true;
        body.reset();
    }

    /** Whether the body still has to be written to the real response (not after an error page or redirect). */
    boolean holdsBody() {
        return !bypassed;
    }

    /** A page fit for every reader: a plain 200 that set no cookie. */
    boolean copyable() {
        return !bypassed && !personal && status == SC_OK;
    }

    byte[] body() {
        flushBuffer();
        return body.toByteArray();
    }

    /** Every header set or added while rendering, in order: replayed in order, they give the same headers again. */
    List<PageCopy.Header> headers() {
        return List.copyOf(headers);
    }
}
