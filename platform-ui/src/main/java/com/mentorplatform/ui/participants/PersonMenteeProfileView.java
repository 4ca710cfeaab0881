package com.mentorplatform.ui.participants;

import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.MainLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;

/** HR sees and corrects a person's mentee profile, opened from the people directory. */
@Route(value = "people/:" + ProfileScreen.PERSON_ID + "/mentee-profile", layout = MainLayout.class)
@PageTitle("Mentee profile | Mentoring Platform")
@RequiresRole({Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER})
public class PersonMenteeProfileView extends MenteeProfileView {

    @Override
    Optional<ProfileOwner> ownerFrom(RouteParameters parameters) {
        return personFrom(parameters);
    }
}
