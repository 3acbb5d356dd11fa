package nl.techniekpact.rounds.web;

import nl.techniekpact.rounds.RoundViews.ActionUpdate;
import nl.techniekpact.rounds.RoundViews.RegionUpdate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Lets templates show stored update versions ({@code @updates.action(json)}). */
@Component("updates")
class UpdateViews {

    private final JsonMapper json = JsonMapper.builder().build();

    public ActionUpdate action(String content) {
        return content == null ? null : json.readValue(content, ActionUpdate.class);
    }

    public RegionUpdate region(String content) {
        return content == null ? null : json.readValue(content, RegionUpdate.class);
    }
}
