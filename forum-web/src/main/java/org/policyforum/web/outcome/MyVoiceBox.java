package org.policyforum.web.outcome;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.policyforum.outcome.boundary.Outcomes;
import org.policyforum.outcome.boundary.Outcomes.Voice;

/** "What became of my voice" on the member's own page: what they took part in, each with its outcome. */
@Named
@RequestScoped
public class MyVoiceBox {

    @Inject
    Outcomes outcomes;

    private List<Voice> voices;

    public List<Voice> getVoices() {
        if (voices == null) {
            voices = outcomes.myVoice();
        }
        return voices;
    }
}
