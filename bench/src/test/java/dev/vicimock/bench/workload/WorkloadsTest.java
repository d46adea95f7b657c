package dev.vicimock.bench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vicimock.bench.load.Workload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadsTest {

    private static List<String> targets(Workload w, int connection) {
        return w.cycle().apply(connection).stream().map(Workload.Step::target).toList();
    }

    @Test
    void neighbouringConnectionsStartUpdateSuccessWithDifferentNames() {
        assertTrue(targets(Workloads.UPDATE_SUCCESS, 0).get(0).endsWith("phone_full_name=NameA"));
        assertTrue(targets(Workloads.UPDATE_SUCCESS, 1).get(0).endsWith("phone_full_name=NameB"));
    }

    @Test
    void eachConnectionAddsAndDeletesAPhoneOfItsOwn() {
        List<String> third = targets(Workloads.ADD_DELETE, 3);
        assertTrue(third.get(0).contains("function=add_phone&extension=b003&"));
        assertTrue(third.get(1).contains("function=update_phone&extension=b003&"));
        assertTrue(third.get(1).endsWith("&delete_phone=Y"));
    }

    @Test
    void theStaticStubSeesTheSameRequestsAndIsExpectedToAnswerItsOneBody() {
        Workload onStub = Workloads.ADD_DELETE.answeredWith(ApiTargets.UPDATE_SUCCESS_BODY);
        assertEquals(targets(Workloads.ADD_DELETE, 5), targets(onStub, 5));
        byte[] stubBody = ApiTargets.UPDATE_SUCCESS_BODY.getBytes(StandardCharsets.UTF_8);
        for (Workload.Step s : onStub.cycle().apply(5)) {
            assertTrue(s.accepts(200, stubBody, stubBody.length));
        }
    }
}
