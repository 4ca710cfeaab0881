package com.mentorplatform.ui.session;

import com.mentorplatform.ui.api.ApiUnavailable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown when a screen cannot open because the API does not answer. */
@PublicRoute
@PageTitle("Service unavailable | Mentoring Platform")
public class ApiUnavailableView extends VerticalLayout implements HasErrorParameter<ApiUnavailable> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiUnavailableView.class);

    public ApiUnavailableView() {
        setAlignItems(Alignment.CENTER);
        setPadding(true);
        add(new H2("Service unavailable"), new Paragraph(Messages.API_UNAVAILABLE), new Anchor("", "Try again"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ApiUnavailable> parameter) {
        LOG.warn("Platform API unreachable while opening {}: {}", event.getLocation().getPath(),
                parameter.getCaughtException().toString());
        return 503;
    }
}
