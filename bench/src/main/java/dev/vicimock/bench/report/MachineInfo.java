package dev.vicimock.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: CPU, cores, memory, OS, Java and WireMock versions. */
public record MachineInfo(String cpu, int cores, long memoryMiB, String os, String java, String wiremock) {

    public static MachineInfo current() {
        return new MachineInfo(
                readCpuModel(),
                Runtime.getRuntime().availableProcessors(),
                readMemoryMiB(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                readWiremockVersion());
    }

    public String describe() {
        return cores + " cores " + cpu + ", " + Math.round(memoryMiB / 1024.0) + " GiB RAM, " + os + ", " + java
                + ", WireMock " + wiremock;
    }

    private static String readCpuModel() {
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return System.getProperty("os.arch");
    }

    private static long readMemoryMiB() {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String readWiremockVersion() {
        try {
            return com.github.tomakehurst.wiremock.core.Version.getCurrentVersion();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
