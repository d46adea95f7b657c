package dev.vicimock.bench.probe;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Heap in use after a full GC in another JVM, read through the attach API and JMX, so the server under
 * test needs no extra flags.
 */
public final class HeapProbe implements AutoCloseable {
    private final JMXConnector connector;
    private final MemoryMXBean memory;

    private HeapProbe(JMXConnector connector, MemoryMXBean memory) {
        this.connector = connector;
        this.memory = memory;
    }

    public static HeapProbe attach(long pid) throws IOException {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(address));
            MemoryMXBean m = ManagementFactory.newPlatformMXBeanProxy(
                    c.getMBeanServerConnection(), ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            return new HeapProbe(c, m);
        } catch (com.sun.tools.attach.AttachNotSupportedException e) {
            throw new IOException("cannot attach to pid " + pid, e);
        }
    }

    /** Bytes of heap in use after System.gc() (run twice so objects freed by finalisation go too). */
    public long usedAfterGc() {
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
