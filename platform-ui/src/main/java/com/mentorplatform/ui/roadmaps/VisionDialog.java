package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.RoleProfileResponse;
import com.mentorplatform.client.model.VisionPatch;
import java.util.List;

/** Edits the vision of a roadmap; the change is kept in the roadmap's history. */
class VisionDialog extends FormDialog<RoadmapResponse, VisionPatch> {

    final VisionFields fields;

    VisionDialog(RoadmapResponse roadmap, List<RoleProfileResponse> roles) {
        super("Edit your vision", "Save vision", roadmap);
        setId("vision-dialog");
        save.setId("vision-save");
        fields = new VisionFields(roles);
        addFields(fields.byJsonName(), fields.components());
        fields.show(roadmap.getVision());
    }

    @Override
    VisionPatch change() {
        return fields.value();
    }
}
