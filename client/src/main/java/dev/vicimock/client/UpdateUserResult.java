package dev.vicimock.client;

import java.util.List;

/**
 * The answer of {@code update_user}: NOTICE lines of the rank and password blocks first, then the line acted on
 * (updated, deleted, NO UPDATES DEFINED, or an error).
 */
public record UpdateUserResult(Reply reply) implements FunctionResult {

    public static UpdateUserResult parse(String body) {
        return new UpdateUserResult(Reply.parse(body));
    }

    public boolean updated() {
        return reply.main().is("USER HAS BEEN UPDATED");
    }

    public boolean deleted() {
        return reply.main().is("USER HAS BEEN DELETED");
    }

    public boolean noUpdates() {
        return reply.main().is("NO UPDATES DEFINED");
    }

    public String agentUser() {
        return reply.main().get("agent_user");
    }

    /** The NOTICE lines before the last line: campaign and in-group ranks, password reset. */
    public List<NamedLine> notices() {
        return reply.before().stream().filter(l -> l.answer().isNotice()).toList();
    }
}
