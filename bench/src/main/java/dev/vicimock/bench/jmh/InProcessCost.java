package dev.vicimock.bench.jmh;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServer;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServerFactory;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import dev.vicimock.bench.load.Workload;
import dev.vicimock.bench.server.BaselineServer;
import dev.vicimock.bench.workload.ApiTargets;
import dev.vicimock.bench.workload.Workloads;
import dev.vicimock.mock.VicidialMock;
import dev.vicimock.mock.answer.Answer;
import dev.vicimock.mock.http.ApiRequest;
import dev.vicimock.mock.pipeline.Simulator;
import dev.vicimock.mock.release.Releases;
import dev.vicimock.mock.wiremock.EngineSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What the simulator adds to a call in process, with no network and no second JVM to share the cores with: the
 * bench's workloads sent to {@link #baseline} (plain WireMock answering its static stub), {@link #extension} (the
 * simulator as a WireMock extension, as {@code VicidialMock} sets it up), both on WireMock's direct-call server with
 * the standalone runner's engine settings, and {@link #simulator} ({@code Simulator} alone). A trial starts only the
 * subject its benchmark measures. Every answer is checked; a wrong one fails the iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
// WireMock's hot path takes about 20 s of this load to compile on two cores: after 6 s its calls still ran 2-5 times
// slower than at the end, and the JIT compiler's CPU counted in the CPU per call
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1) // the workloads' cycles are one connection's: a second thread would interleave them
public class InProcessCost {
    private static final String CLIENT_IP = "127.0.0.1";

    @Param({"update-success", "update-error", "add-delete", "version", "add-delete-user"})
    public String workload;

    private AutoCloseable running;
    private DirectCallHttpServer server;
    private Simulator simulator;
    private List<Workload.Step> steps;
    private Request[] requests;
    private String[] queries;
    private int next;
    private long wrong;
    private String firstWrong;

    /** The workloads by name: the HTTP bench's four and add/delete of a user. */
    static Workload workload(String name) {
        return Stream.concat(Workloads.ALL.stream(), Stream.of(Workloads.ADD_DELETE_USER))
                .filter(w -> w.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no workload " + name));
    }

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) throws Exception {
        String benchmark = params.getBenchmark();
        open(benchmark.substring(benchmark.lastIndexOf('.') + 1));
    }

    /** Starts the subject {@code baseline}, {@code extension} or {@code simulator} with the workload's steps. */
    void open(String subject) throws Exception {
        Workload w = workload(workload);
        switch (subject) {
            case "baseline" -> {
                w = w.answeredWith(ApiTargets.UPDATE_SUCCESS_BODY);
                DirectCallHttpServerFactory direct = new DirectCallHttpServerFactory();
                WireMockServer wireMock =
                        BaselineServer.withStub(BaselineServer.options().httpServerFactory(direct));
                wireMock.start();
                running = wireMock::stop;
                server = direct.getHttpServer();
            }
            case "extension" -> {
                DirectCallHttpServerFactory direct = new DirectCallHttpServerFactory();
                VicidialMock mock = VicidialMock.builder()
                        .wireMockOptions(c -> {
                            EngineSettings.defaults().applyTo(c);
                            c.httpServerFactory(direct);
                        })
                        .build()
                        .start();
                running = mock;
                server = direct.getHttpServer();
            }
            case "simulator" -> {
                simulator = new Simulator(Simulator.defaultState(), Releases.DEFAULT, Clock.systemDefaultZone());
                running = () -> {};
            }
            default -> throw new IllegalArgumentException("no subject " + subject);
        }
        steps = w.cycle().apply(0);
        requests = steps.stream()
                .map(s -> ImmutableRequest.create()
                        .withAbsoluteUrl("http://" + CLIENT_IP + s.target())
                        .withMethod(RequestMethod.GET)
                        .withProtocol("HTTP/1.1")
                        .withClientIp(CLIENT_IP)
                        .build())
                .toArray(Request[]::new);
        queries = steps.stream()
                .map(s -> s.target().substring(s.target().indexOf('?') + 1))
                .toArray(String[]::new);
    }

    @Benchmark
    public byte[] baseline() {
        return throughWireMock();
    }

    @Benchmark
    public byte[] extension() {
        return throughWireMock();
    }

    @Benchmark
    public byte[] simulator() {
        int at = step();
        Answer a = simulator.handle(ApiRequest.of(queries[at], null, null, CLIENT_IP));
        return checked(at, a.status(), a.body());
    }

    private byte[] throughWireMock() {
        int at = step();
        Response r = server.stubRequest(requests[at]);
        return checked(at, r.getStatus(), r.getBody());
    }

    private int step() {
        int at = next;
        next = (at + 1) % steps.size();
        return at;
    }

    byte[] checked(int at, int status, byte[] body) {
        if (!steps.get(at).accepts(status, body, body.length) && wrong++ == 0) {
            firstWrong = status + " " + new String(body, StandardCharsets.UTF_8);
        }
        return body;
    }

    @TearDown(Level.Iteration)
    public void noWrongAnswers() {
        if (wrong > 0) {
            throw new IllegalStateException(wrong + " wrong answers to " + workload + "; the first: " + firstWrong);
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        running.close();
    }
}
