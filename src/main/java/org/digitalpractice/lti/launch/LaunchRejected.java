package org.digitalpractice.lti.launch;

import org.digitalpractice.infrastructure.Problem;

/**
 * A login or launch the tool refuses. The detail names exactly which rule failed ("id_token aud does not contain
 * client_id 'abc'"), so that a platform administrator can fix it; the page tells the person what to do next.
 */
public class LaunchRejected extends Problem {

    private static final String NEXT_STEP = "Go back to your learning platform and open the activity again. "
            + "If this keeps happening, send the reference below to your learning platform administrator.";

    public LaunchRejected(String detail) {
        this(400, detail);
    }

    public LaunchRejected(int status, String detail) {
        super(status, "Digital Practice could not be opened", detail, NEXT_STEP);
    }

    /**
     * The rule that failed, without the values that made it fail: the detail up to its first quoted value, number,
     * list or explanation ("id_token aud", "the state parameter expired at"). Few enough to count by.
     */
    public String rule() {
        return rule(detail());
    }

    static String rule(String detail) {
        int end = detail.length();
        for (int i = 0; i < detail.length(); i++) {
            char c = detail.charAt(i);
            if (c == '\'' || c == '[' || c == '(' || c == ':' || c == '{' || Character.isDigit(c)) {
                end = i;
                break;
            }
        }
        var rule = detail.substring(0, end).strip();
        return rule.length() > 60 ? rule.substring(0, 60).strip() : rule;
    }
}
