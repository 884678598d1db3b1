package io.onex.plugin.mojo;

import io.onex.plugin.model.Diagnostic;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** Maps diagnostics to Maven's log, javac style, one line each. */
final class Diagnostics {
    private Diagnostics() {
    }

    static void log(Log log, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                log.error(d.format());
            } else {
                log.warn(d.format());
            }
        }
    }

    static String failureMessage(long errors, long warnings, boolean failOnWarning) {
        if (errors == 0 && failOnWarning) {
            return warnings + (warnings == 1 ? " warning" : " warnings") + " in ONEX inputs and failOnWarning is set; see above";
        }
        return errors + (errors == 1 ? " error" : " errors") + " in ONEX inputs; see above";
    }
}
