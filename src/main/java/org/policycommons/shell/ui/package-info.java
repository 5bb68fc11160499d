/**
 * The district page frame ({@link org.policycommons.shell.ui.DistrictLayout}) that other modules' views use as
 * their layout.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.policycommons.shell.ui;
