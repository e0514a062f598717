package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;
import org.junit.jupiter.api.Test;
import org.netboot6.model.InvalidValueException;
import org.netboot6.service.NotFoundException;

class ApiErrorsTest {

    @Test
    void coreFieldNamesBecomeApiParameterNames() {
        assertThat(ApiErrors.parameterOf("bootServer")).isEqualTo("bootserver");
        assertThat(ApiErrors.parameterOf("dnsServers[1]")).isEqualTo("dnsservers");
        assertThat(ApiErrors.parameterOf("poolStart")).isEqualTo("poolstart");
        assertThat(ApiErrors.parameterOf("loaderBaseUrl")).isEqualTo("loaderbaseurl");
        assertThat(ApiErrors.parameterOf("routerAdvertisement")).isEqualTo("ramanaged");
        assertThat(ApiErrors.parameterOf("account.name")).isEqualTo("username");
        assertThat(ApiErrors.parameterOf("account")).isEqualTo("sshkeys");
        assertThat(ApiErrors.parameterOf("extraKernelArgs")).isEqualTo("kernelargs");
        assertThat(ApiErrors.parameterOf("macs")).isEqualTo("macaddresses");
        assertThat(ApiErrors.parameterOf("networkid")).isEqualTo("networkid");
    }

    @Test
    void badInputIsAParamErrorStartingWithTheParameter() {
        assertThatThrownBy(() -> ApiErrors.translate(() -> {
            throw new InvalidValueException("bootServer", "must be a global unicast address");
        })).isInstanceOfSatisfying(ServerApiException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.PARAM_ERROR);
            assertThat(e.getErrorCode().getHttpCode()).isEqualTo(431);
        }).hasMessage("bootserver must be a global unicast address");
    }

    @Test
    void anUnknownIdIsAParamErrorToo() {
        assertThatThrownBy(() -> ApiErrors.translate(() -> {
            throw new NotFoundException("networkid", "boot network", "0c2d1f6e-0000-4000-8000-000000000000");
        })).isInstanceOfSatisfying(ServerApiException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.PARAM_ERROR))
                .hasMessage("networkid names no boot network: 0c2d1f6e-0000-4000-8000-000000000000");
    }

    @Test
    void otherFailuresPassThrough() {
        assertThatThrownBy(() -> ApiErrors.translate(() -> {
            throw new IllegalStateException("database gone");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aListEntryIsNamedByItsPosition() {
        assertThatThrownBy(() -> ApiErrors.translate(() -> ApiParams.parseEach("macaddresses",
                java.util.List.of("52:54:00:00:00:01", "nope"), org.netboot6.model.Mac::parse)))
                .hasMessageStartingWith("macaddresses entry 2 is not a MAC address");
    }
}
