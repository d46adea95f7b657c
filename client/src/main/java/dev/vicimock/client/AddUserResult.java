package dev.vicimock.client;

/** The answer of {@code add_user}: the user added (with what the server took), or an error. */
public record AddUserResult(Reply reply) implements FunctionResult {

    public static AddUserResult parse(String body) {
        return new AddUserResult(Reply.parse(body));
    }

    public boolean added() {
        return reply.main().is("USER HAS BEEN ADDED");
    }

    /** The new user's id; with {@code agent_user=AUTOGENERATE}, the id the server chose. */
    public String agentUser() {
        return reply.main().get("agent_user");
    }

    public String agentPass() {
        return reply.main().get("agent_pass");
    }

    public String agentUserLevel() {
        return reply.main().get("agent_user_level");
    }

    public String agentFullName() {
        return reply.main().get("agent_full_name");
    }

    public String agentUserGroup() {
        return reply.main().get("agent_user_group");
    }
}
