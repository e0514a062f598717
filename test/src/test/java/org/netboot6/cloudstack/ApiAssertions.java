package org.netboot6.cloudstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** CloudStack's answer to bad input: PARAM_ERROR (431) with a message naming the parameter. */
final class ApiAssertions {
    private ApiAssertions() {
    }

    static void paramError(ThrowingCallable call, String messageFragment) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ServerApiException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(ApiErrorCode.PARAM_ERROR);
            assertThat(e.getErrorCode().getHttpCode()).isEqualTo(431);
            assertThat(e.getMessage()).contains(messageFragment);
        });
    }
}
