/**
 * Drafts of the policy or MOU under review: numbered sections in published, never-changing versions, the working
 * version an admin prepares from Markdown, safe rendering, and the redline between any two versions.
 */
package org.policycommons.draft;
