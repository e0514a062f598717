package org.netboot6.render.hostnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class YamlWriterTest {

    @Test
    void writesBlockYamlWithQuotedStrings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", List.of(Map.of("x", "y"), "z"));
        m.put("c", List.of());
        m.put("d", true);
        assertThat(YamlWriter.write(m)).isEqualTo("a: 1\nb:\n  - x: \"y\"\n  - \"z\"\nc: []\nd: true\n");
    }

    @Test
    void noStringCanEscapeItsScalar() {
        String evil = "x\"\nautoinstall: {late-commands: [reboot]}\n# c\n&a *a !!python/object ${x} ; \\ '\u2028\t";
        String yaml = YamlWriter.write(Map.of("k", evil));
        assertThat(yaml).hasLineCount(1)
                .isEqualTo("k: \"x\\\"\\u000aautoinstall: {late-commands: [reboot]}\\u000a# c\\u000a&a *a "
                        + "!!python/object ${x} ; \\\\ '\\u2028\\u0009\"\n");
    }

    @Test
    void keysMustBePlainWords() {
        assertThatThrownBy(() -> YamlWriter.write(Map.of("a: b", "c"))).isInstanceOf(IllegalArgumentException.class);
    }
}
