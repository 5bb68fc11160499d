/**
 * Small pieces every module may use; it holds no domain logic.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.policycommons.common;
