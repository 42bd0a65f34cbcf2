package org.digitalpractice.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** An integration test that also launches from the test platform, whose key it holds, for the whole class. */
public abstract class WithTestPlatform extends DeployedTool {

    protected static TestPlatformServer platform;

    @BeforeAll
    static void startTestPlatform() throws Exception {
        platform = new TestPlatformServer();
    }

    @AfterAll
    static void stopTestPlatform() {
        platform.close();
    }
}
