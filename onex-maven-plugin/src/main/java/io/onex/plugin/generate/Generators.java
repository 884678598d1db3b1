package io.onex.plugin.generate;

import java.util.List;

/** The generators, in the order their output is listed. */
public final class Generators {
    private Generators() {
    }

    public static List<Generator> all() {
        return List.of(new EnumGenerator(), new RecordGenerator(), new CodecGenerator(), new TopicGenerator(),
                new SerdeGenerator(), new PublisherGenerator(), new SubscriberGenerator());
    }
}
