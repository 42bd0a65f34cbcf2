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
}
