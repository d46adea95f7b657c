package dev.vicimock.bench.workload;

import static dev.vicimock.bench.load.Workload.Step.answered;
import static dev.vicimock.bench.load.Workload.Step.answeredStartingWith;
import static dev.vicimock.bench.workload.ApiTargets.UPDATE_ERROR_BODY;
import static dev.vicimock.bench.workload.ApiTargets.UPDATE_SUCCESS_BODY;
import static dev.vicimock.bench.workload.ApiTargets.VERSION_PREFIX;
import static dev.vicimock.bench.workload.ApiTargets.addPhone;
import static dev.vicimock.bench.workload.ApiTargets.addPhoneBody;
import static dev.vicimock.bench.workload.ApiTargets.deletePhone;
import static dev.vicimock.bench.workload.ApiTargets.deletePhoneBody;
import static dev.vicimock.bench.workload.ApiTargets.updateSuccess;

import dev.vicimock.bench.load.Workload;
import java.util.List;

/** The benchmark's workloads, against the simulator's seed state. */
public final class Workloads {
    /**
     * update_phone on cc100 that succeeds, the full name alternating between NameA and NameB so every request really
     * writes; the baseline's static stub answers with this very body.
     */
    public static final Workload UPDATE_SUCCESS = new Workload("update-success", c -> {
        Workload.Step a = answered(updateSuccess("NameA"), UPDATE_SUCCESS_BODY);
        Workload.Step b = answered(updateSuccess("NameB"), UPDATE_SUCCESS_BODY);
        return c % 2 == 0 ? List.of(a, b) : List.of(b, a);
    });

    /** update_phone of a phone that does not exist (zz999): authentication and lookups, no write. */
    public static final Workload UPDATE_ERROR =
            new Workload("update-error", c -> List.of(answered(ApiTargets.UPDATE_ERROR, UPDATE_ERROR_BODY)));

    /**
     * add_phone then update_phone delete_phone=Y of the same phone; each connection owns its extension (b000, b001,
     * ...) so the cycles never collide, and the state must not hold them when a run starts. Each call counts.
     */
    public static final Workload ADD_DELETE = new Workload("add-delete", c -> {
        String ext = String.format("b%03d", c);
        return List.of(answered(addPhone(ext), addPhoneBody(ext)), answered(deletePhone(ext), deletePhoneBody(ext)));
    });

    /** function=version: no authentication, no state change, a clock-dependent body. */
    public static final Workload VERSION =
            new Workload("version", c -> List.of(answeredStartingWith(ApiTargets.VERSION, VERSION_PREFIX)));

    /** add_user then update_user delete_user=Y of the same agent (7000, 7001, ...); measured in process only. */
    public static final Workload ADD_DELETE_USER = new Workload("add-delete-user", c -> {
        String agent = Integer.toString(7000 + c);
        return List.of(
                answered(ApiTargets.addUser(agent), ApiTargets.addUserBody(agent)),
                answered(ApiTargets.deleteUser(agent), ApiTargets.deleteUserBody(agent)));
    });

    /** What the throughput and scaling parts measure, in this order. */
    public static final List<Workload> ALL = List.of(UPDATE_SUCCESS, UPDATE_ERROR, ADD_DELETE, VERSION);

    private Workloads() {}
}
