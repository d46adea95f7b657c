package dev.vicimock.client;

/** The answer of {@code copy_user} (2.14-202): the copy made, or an error. */
public record CopyUserResult(Reply reply) implements FunctionResult {

    public static CopyUserResult parse(String body) {
        return new CopyUserResult(Reply.parse(body));
    }

    public boolean copied() {
        return reply.main().is("USER HAS BEEN COPIED");
    }

    public String agentUser() {
        return reply.main().get("agent_user");
    }

    public String agentPass() {
        return reply.main().get("agent_pass");
    }

    public String agentFullName() {
        return reply.main().get("agent_full_name");
    }

    public String sourceUser() {
        return reply.main().get("source_user");
    }
}
