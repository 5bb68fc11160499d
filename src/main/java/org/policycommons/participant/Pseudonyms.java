package org.policycommons.participant;

import java.security.SecureRandom;
import java.util.List;
import java.util.random.RandomGenerator;

/** Makes names like "Quiet Heron 421": friendly, unguessable from the person, and short enough to read aloud. */
final class Pseudonyms {

    private static final List<String> ADJECTIVES = List.of(
            "Amber", "Brave", "Bright", "Calm", "Clever", "Coral", "Gentle", "Golden", "Happy", "Jade",
            "Kind", "Lively", "Lucky", "Misty", "Quiet", "Rapid", "Silver", "Steady", "Sunny", "Swift");
    private static final List<String> ANIMALS = List.of(
            "Badger", "Bison", "Crane", "Dolphin", "Falcon", "Finch", "Fox", "Heron", "Lynx", "Marten",
            "Otter", "Owl", "Panda", "Puffin", "Raven", "Robin", "Salmon", "Seal", "Sparrow", "Turtle");

    private final RandomGenerator random;

    Pseudonyms() {
        this(new SecureRandom());
    }

    Pseudonyms(RandomGenerator random) {
        this.random = random;
    }

    String next() {
        return ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + " "
                + ANIMALS.get(random.nextInt(ANIMALS.size())) + " "
                + (100 + random.nextInt(900));
    }
}
