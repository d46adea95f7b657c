package dev.vicimock.client;

/** The answer of {@code update_phone_alias}: updated, deleted, a NOTICE, or an error. */
public record UpdatePhoneAliasResult(Reply reply) implements FunctionResult {

    public static UpdatePhoneAliasResult parse(String body) {
        return new UpdatePhoneAliasResult(Reply.parse(body));
    }

    public boolean updated() {
        return reply.main().is("PHONE ALIAS HAS BEEN UPDATED");
    }

    public boolean deleted() {
        return reply.main().is("PHONE ALIAS HAS BEEN DELETED");
    }

    public String aliasId() {
        return reply.main().get("alias_id");
    }
}
