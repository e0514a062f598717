package org.netboot6.render.dhcp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.netboot6.identity.HostReservation;
import org.netboot6.model.BootNetwork;
import org.netboot6.model.InvalidValueException;

/** Checks optional host reservations against their network before any renderer writes them. */
final class Reservations {
    private Reservations() {
    }

    static List<HostReservation> check(BootNetwork n, List<HostReservation> reservations) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < reservations.size(); i++) {
            String field = "reservations[" + i + "]";
            HostReservation r = reservations.get(i);
            if (r == null) {
                throw new InvalidValueException(field, "is missing");
            }
            if (!n.prefix().contains(r.address())) {
                throw new InvalidValueException(field, "address " + r.address() + " is outside " + n.prefix());
            }
            if (List.of(n.router(), n.bootServer(), n.tftpServer()).contains(r.address())
                    || n.dnsServers().contains(r.address())) {
                throw new InvalidValueException(field, "address " + r.address() + " is a server's fixed address");
            }
            for (Object key : List.of("h:" + r.hostname(), "a:" + r.address(), "i:" + r.duid().map(Object::toString)
                    .orElse(String.valueOf(r.mac().orElse(null))))) {
                if (!seen.add(key)) {
                    throw new InvalidValueException(field, "repeats the " + (key.toString().startsWith("h:") ? "hostname"
                            : key.toString().startsWith("a:") ? "address" : "identifier") + " of an earlier reservation: " + r);
                }
            }
        }
        return List.copyOf(reservations);
    }
}
