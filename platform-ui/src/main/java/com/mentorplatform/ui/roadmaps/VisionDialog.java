package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.framework.RoleProfile;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.VisionChange;
import java.util.List;

/** Edits the vision of a roadmap; the change is kept in the roadmap's history. */
class VisionDialog extends FormDialog<Roadmap, VisionChange> {

    final VisionFields fields;

    VisionDialog(Roadmap roadmap, List<RoleProfile> roles) {
        super("Edit your vision", "Save vision", roadmap);
        setId("vision-dialog");
        save.setId("vision-save");
        fields = new VisionFields(roles);
        addFields(fields.byJsonName(), fields.components());
        fields.show(roadmap.vision());
    }

    @Override
    VisionChange change() {
        return fields.value();
    }
}
