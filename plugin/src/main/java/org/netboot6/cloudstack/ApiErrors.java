package org.netboot6.cloudstack;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.cloudstack.api.ApiErrorCode;
import org.apache.cloudstack.api.ServerApiException;
import org.netboot6.model.InvalidValueException;

/**
 * Bad input from the core ({@link InvalidValueException}, including not-found ids) as CloudStack's answer to it:
 * {@link ApiErrorCode#PARAM_ERROR} (431) with a message that starts with the API parameter to fix.
 */
public final class ApiErrors {
    /** Core field names whose API parameter is not simply the lower-cased name. */
    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("routerAdvertisement", "ramanaged"),
            Map.entry("account", "sshkeys"),
            Map.entry("account.name", "username"),
            Map.entry("account.sshKeys", "sshkeys"),
            Map.entry("extraKernelArgs", "kernelargs"),
            Map.entry("macs", "macaddresses"),
            Map.entry("profile", "profileid"),
            Map.entry("mac", "macaddresses"),
            Map.entry("macaddress", "macaddresses"),
            Map.entry("uuid", "smbiosuuid"));

    private ApiErrors() {
    }

    /** Runs {@code action}, answering bad input with PARAM_ERROR. */
    public static <T> T translate(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidValueException e) {
            throw invalid(e);
        }
    }

    public static void translate(Runnable action) {
        translate(() -> {
            action.run();
            return null;
        });
    }

    public static ServerApiException invalid(InvalidValueException e) {
        String parameter = e instanceof ApiParameterException ? e.field() : parameterOf(e.field());
        return new ServerApiException(ApiErrorCode.PARAM_ERROR, parameter + " " + e.problem(), e);
    }

    /** The API parameter behind a core field name: {@code bootServer -> bootserver}, {@code dnsServers[1] -> dnsservers}. */
    static String parameterOf(String field) {
        String base = field.replaceAll("\\[\\d+\\]", "");
        String mapped = PARAMETERS.get(base);
        return mapped != null ? mapped : base.toLowerCase(Locale.ROOT);
    }
}
