package org.kafo.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerMemoryTest {

    @Test
    void the_resident_size_is_read_in_kib_from_the_status_file() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 5000000 kB", "VmHWM:\t  812345 kB",
                "VmRSS:\t  765432 kB", "Threads:\t120");
        assertThat(ServerMemory.kib(status, "VmRSS")).isEqualTo(765_432);
        assertThat(ServerMemory.kib(status, "VmHWM")).isEqualTo(812_345);
        assertThat(ServerMemory.kib(status, "VmSwap")).isEqualTo(-1);
    }

    @Test
    void this_process_has_a_resident_size() {
        assertThat(ServerMemory.residentKib(ProcessHandle.current().pid())).isPositive();
        assertThat(ServerMemory.residentKib(0)).isEqualTo(-1);
    }

    @Test
    void the_heap_bound_is_the_last_xmx_before_the_jar() {
        assertThat(ServerMemory.heapBound(List.of("-Xmx256m", "-Dkafo.data.dir=/tmp/d", "-Xmx512m", "-jar",
                "payara-micro.jar", "-Xmx1g"))).isEqualTo(Optional.of("512m"));
        assertThat(ServerMemory.heapBound(List.of("-jar", "payara-micro.jar"))).isEmpty();
    }
}
