package dev.vicimock.mock.function;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.answer.Outcome;
import dev.vicimock.mock.call.ApiCall;
import dev.vicimock.mock.call.Params;
import dev.vicimock.mock.http.Bytes;
import java.util.List;

/**
 * The phone fields 2.14-128 added that add_phone and update_phone treat alike: the webphone flags (silently
 * ignored unless valid), {@code template_id} (checked against the conf templates), and the way their SQL pieces
 * are pasted after one space each.
 */
final class ExtendedFields {
    private static final List<String> YES_NO_FLAGS =
            List.of("webphone_auto_answer", "use_external_server_ip", "on_hook_agent");
    /** The pieces the real code pastes after one literal space each, whether set or not. */
    private static final List<String> SPACED_PIECES =
            List.of("is_webphone", "webphone_auto_answer", "use_external_server_ip", "template_id", "on_hook_agent");

    private ExtendedFields() {}

    /** Takes the webphone flags whose value is allowed; any other value is ignored without an error. */
    static void flags(Params p, PhoneChanges changes) {
        String webphone = p.text("is_webphone");
        if (!p.isArray("is_webphone") && (yesOrNo(webphone) || webphone.equalsIgnoreCase("Y_API_LAUNCH"))) {
            changes.set("is_webphone", webphone);
        }
        for (String flag : YES_NO_FLAGS) {
            if (!p.isArray(flag) && yesOrNo(p.text(flag))) {
                changes.set(flag, p.text(flag));
            }
        }
    }

    /** The real code's case-insensitive {@code ^Y$|^N$}, applied to the whole value. */
    private static boolean yesOrNo(String v) {
        return v.equalsIgnoreCase("Y") || v.equalsIgnoreCase("N");
    }

    /**
     * {@code template_id} of two characters or more: {@code --BLANK--} (any case) clears it, an existing template
     * (compared case-insensitively) is stored as given, anything else is the TEMPLATE ID error.
     */
    static Answer template(ApiCall call, String function, PhoneChanges changes) {
        Params p = call.params();
        if (p.strlen("template_id") <= 1) {
            return null;
        }
        String template = p.text("template_id");
        if (template.equalsIgnoreCase("--BLANK--")) {
            changes.set("template_id", "");
        } else if (!Sql.breaks(template) && call.db().confTemplates().find(Bytes.toText(template)) != null) {
            changes.set("template_id", template);
        } else {
            return Answer.of(Outcome.TEMPLATE_MISSING, function, call.userParam(), p.text("phone_login"), template);
        }
        return null;
    }

    static String spacedPieces(PhoneChanges changes) {
        StringBuilder b = new StringBuilder();
        for (String column : SPACED_PIECES) {
            b.append(' ');
            String v = changes.sqlValues.get(column);
            if (v != null) {
                b.append(',').append(Sql.quoted(column, v));
            }
        }
        return b.toString();
    }
}
