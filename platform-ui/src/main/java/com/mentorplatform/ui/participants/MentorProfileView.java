package com.mentorplatform.ui.participants;

import com.mentorplatform.client.model.MentorProfileResponse;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.framework.FrameworkClient;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** A mentor's own profile, in their workspace. */
@Route(value = "me/mentor-profile", layout = MainLayout.class)
@PageTitle("My mentoring profile | Mentoring Platform")
@RequiresRole(Role.MENTOR)
public class MentorProfileView extends ProfileScreen<MentorProfileResponse> {

    final MentorProfileForm form;

    public MentorProfileView() {
        super("mentor");
        setId("mentor-profile-view");
        form = new MentorProfileForm(new FrameworkClient(ConsoleSession.current().api()).competencies());
        form.addSaveListener(event -> save(() -> client.saveMentorProfile(owner(), event.change())));
    }

    @Override
    ProfileForm form() {
        return form;
    }

    @Override
    MentorProfileResponse load(ProfileOwner whose) {
        return client.mentorProfile(whose);
    }

    @Override
    void show(MentorProfileResponse profile) {
        form.edit(profile);
        showSavedAt(profile.getUpdatedAt());
    }
}
