package com.mentorplatform.ui.session;

import com.mentorplatform.ui.api.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits a route to users holding at least one of the roles. The API decides what data a token may see;
 * this only keeps people away from screens that would answer them "forbidden".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresRole {

    Role[] value();
}
