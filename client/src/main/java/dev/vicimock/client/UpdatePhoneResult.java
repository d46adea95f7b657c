package dev.vicimock.client;

/** The answer of {@code update_phone}: updated, deleted, nothing to update (2.14-107), or an error. */
public record UpdatePhoneResult(Reply reply) implements FunctionResult {

    public static UpdatePhoneResult parse(String body) {
        return new UpdatePhoneResult(Reply.parse(body));
    }

    public boolean updated() {
        return reply.main().is("PHONE HAS BEEN UPDATED");
    }

    public boolean deleted() {
        return reply.main().is("PHONE HAS BEEN DELETED");
    }

    /** 2.14-107's answer when no field was given to write. */
    public boolean noUpdates() {
        return reply.main().is("NO UPDATES DEFINED");
    }

    public String extension() {
        return reply.main().get("extension");
    }

    public String serverIp() {
        return reply.main().get("server_ip");
    }
}
