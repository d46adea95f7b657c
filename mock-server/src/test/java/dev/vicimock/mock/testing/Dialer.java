package dev.vicimock.mock.testing;

import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.http.ApiRequest;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.state.Row;
import dev.vicimock.mock.state.Snapshot;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** A {@link Simulator} driven without HTTP, as a client at 127.0.0.1 would call it, for focused tests. */
public final class Dialer {
    /** An update_phone of cc100 on 10.0.9.8 by the admin 6666, without optional fields. */
    public static final String UPDATE_CC100 =
            "source=test&user=6666&pass=1234&function=update_phone&extension=cc100&server_ip=10.0.9.8";
    /** The default clock: a winter morning in New York (no DST). */
    public static final String WINTER = "2025-01-15T07:00:00";

    private final Simulator simulator;

    private Dialer(Simulator simulator) {
        this.simulator = simulator;
    }

    /** The seed state on that profile with a fixed winter clock in America/New_York. */
    public static Dialer of(String profile) {
        return of(profile, Simulator.defaultState());
    }

    public static Dialer of(String profile, Snapshot state) {
        return of(profile, state, MutableClock.at(WINTER, "America/New_York"));
    }

    public static Dialer of(String profile, Snapshot state, Clock clock) {
        return new Dialer(new Simulator(state, Releases.byName(profile).orElseThrow(), clock));
    }

    /** A GET with this raw query string. */
    public Answer get(String rawQuery) {
        return simulator.handle(ApiRequest.of(rawQuery, null, null, "127.0.0.1"));
    }

    /** A POST with this raw query string (may be null), body and Content-Type. */
    public Answer post(String rawQuery, String contentType, byte[] body) {
        return simulator.handle(ApiRequest.of(rawQuery, body, contentType, "127.0.0.1"));
    }

    /** The body of a GET, read as UTF-8 text. */
    public String body(String rawQuery) {
        return text(get(rawQuery));
    }

    public static String text(Answer a) {
        return new String(a.body(), StandardCharsets.UTF_8);
    }

    public Snapshot snapshot() {
        return simulator.state().snapshot();
    }

    public Row phone(String extension, String serverIp) {
        return States.phone(snapshot(), extension, serverIp);
    }

    public Row cc100() {
        return phone("cc100", "10.0.9.8");
    }

    public Row user(String user) {
        return States.user(snapshot(), user);
    }

    public Simulator simulator() {
        return simulator;
    }
}
