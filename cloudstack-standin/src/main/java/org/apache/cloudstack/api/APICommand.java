// Stand-in for the Apache CloudStack 4.22 API: compile-time only, never packaged.
// Every public member is checked against the javap listing of the real API (SignatureChecker).
package org.apache.cloudstack.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.ResponseObject.ResponseView;

/** Marks an API command. At run time ApiServer only reads name and responseView; the rest is metadata. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface APICommand {
    Class<? extends BaseResponse> responseObject();

    String name() default "";

    String description() default "";

    String usage() default "";

    boolean includeInApiDoc() default true;

    String since() default "";

    ResponseView responseView() default ResponseView.Full;

    boolean requestHasSensitiveInfo() default true;

    boolean responseHasSensitiveInfo() default true;

    RoleType[] authorized() default {};

    Class<?>[] entityType() default {};
}
