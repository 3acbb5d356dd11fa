package nl.techniekpact.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A public page kept for anonymous visitors, answered to a signed-in user with the header's signed-in part (name,
 * role links, sign-out form) in place of the anonymous one (the sign-in link): the element
 * {@code <div class="tp-user">…</div>} of {@code fragments/layout.html}, which holds no other {@code div}.
 * Rendering that part alone costs a fraction of rendering the page.
 */
public final class SignedInPage {

    static final byte[] OPEN = "<div class=\"tp-user\">".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "</div>".getBytes(StandardCharsets.US_ASCII);
    /** The header comes first: the part is looked for in the page's first bytes only. */
    static final int SEARCHED = 32 * 1024;

    private final byte[] body;
    private final int userStart;
    private final int userEnd;
    private final String contentType;

    SignedInPage(byte[] body, int userStart, int userEnd, String contentType) {
        this.body = body;
        this.userStart = userStart;
        this.userEnd = userEnd;
        this.contentType = contentType;
    }

    /** Offsets of the user part in an HTML page: {start, end (exclusive)}, or {-1, -1} when it has none. */
    static int[] userPart(byte[] html) {
        int start = indexOf(html, OPEN, 0, Math.min(html.length, SEARCHED));
        if (start < 0) {
            return new int[] {-1, -1};
        }
        int close = indexOf(html, CLOSE, start + OPEN.length, Math.min(html.length, start + SEARCHED));
        return close < 0 ? new int[] {-1, -1} : new int[] {start, close + CLOSE.length};
    }

    private static int indexOf(byte[] data, byte[] wanted, int from, int to) {
        outer:
        for (int i = from; i <= to - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Writes the page with {@code userPart} (the rendered {@code fragments/layout :: user}, starting with
     * {@code <div class="tp-user">}) in place of the anonymous part. Headers set earlier in the request (security,
     * no-store for a signed-in user) stay.
     */
    public void writeWith(byte[] userPart, HttpServletResponse response) throws IOException {
        if (userPart.length < OPEN.length || indexOf(userPart, OPEN, 0, OPEN.length) != 0) {
            throw new IllegalArgumentException("not the header's user part");
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.setHeader("X-Page-Cache", "signed-in");
        response.setContentLength(userStart + userPart.length + body.length - userEnd);
        var out = response.getOutputStream();
        out.write(body, 0, userStart);
        out.write(userPart);
        out.write(body, userEnd, body.length - userEnd);
    }
}
