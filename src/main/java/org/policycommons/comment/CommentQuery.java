package org.policycommons.comment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.policycommons.vote.VoterGroup;

/**
 * How a reader asks for a section's comments: in which order, and only those of one stance, group, channel or
 * language, or only those the district has or has not answered. Every part is optional; {@link #ALL} is the
 * section's comments oldest first.
 *
 * @param answered true for the comments a district response answers, false for those none answers yet
 */
public record CommentQuery(Order order, Optional<Stance> stance, Optional<VoterGroup> group,
                           Optional<Boolean> answered, Optional<Channel> channel, Optional<Locale> writtenIn) {

    public static final CommentQuery ALL = new CommentQuery(Order.OLDEST, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public CommentQuery {
        order = order == null ? Order.OLDEST : order;
    }

    public CommentQuery writtenIn(Optional<Locale> language) {
        return new CommentQuery(order, stance, group, answered, channel, language);
    }

    public boolean filtered() {
        return stance.isPresent() || group.isPresent() || answered.isPresent() || channel.isPresent()
                || writtenIn.isPresent();
    }

    /** The orders a reader may choose, each with the code its address uses ({@code ?sort=newest}). */
    public enum Order {
        OLDEST, NEWEST, MOST_COSIGNED, MOST_REPLIES;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String translationKey() {
            return "comment.sort." + code();
        }

        public static Optional<Order> ofCode(String code) {
            return Arrays.stream(values()).filter(o -> o.code().equals(code)).findFirst();
        }
    }
}
