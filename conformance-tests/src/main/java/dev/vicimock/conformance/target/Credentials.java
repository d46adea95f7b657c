package dev.vicimock.conformance.target;

/** A user name and password to call the API with. The password never appears in reports. */
public record Credentials(String user, String pass) {
    @Override
    public String toString() {
        return "Credentials[" + user + "]";
    }
}
