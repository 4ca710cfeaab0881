package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.ReviewResponse;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.ui.kit.Dates;
import com.mentorplatform.ui.kit.Hint;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;

/** The roadmap's review points, latest first, each saying what changed and why; mentee and mentor add them. */
class ReviewsPanel extends VerticalLayout {

    final Button add = new Button("Add review point", VaadinIcon.PLUS.create());
    final VerticalLayout list = new VerticalLayout();
    private final PageActions actions;
    private RoadmapResponse roadmap;

    ReviewsPanel(PageActions actions) {
        this.actions = actions;
        setId("reviews-panel");
        setPadding(false);
        add.setId("add-review");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> actions.open(new ReviewDialog(roadmap), (original, review) -> {
            actions.client.addReview(original.getId(), review);
            return "Review point added";
        }));
        list.setPadding(false);
        list.setSpacing(false);
        list.addClassName("card-list");
        HorizontalLayout header = new HorizontalLayout(RoadmapStyle.heading("Review points"), add);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, list);
    }

    void show(RoadmapResponse shown) {
        roadmap = shown;
        add.setVisible(Roadmaps.collaborates(shown));
        List<ReviewResponse> reviews = actions.client.reviews(shown.getId()).stream()
                .sorted(Comparator.comparing(ReviewResponse::getReviewedOn)
                .thenComparing(ReviewResponse::getCreatedAt).reversed()).toList();
        list.removeAll();
        reviews.forEach(review -> list.add(card(review)));
        if (reviews.isEmpty()) {
            list.add(RoadmapStyle.emptyState("No review points yet. Every few months, look at the plan together: "
                    + "what still matters, what moves, what changes, and why."));
        }
    }

    private static Div card(ReviewResponse review) {
        Div card = RoadmapStyle.card(Hint.of(Dates.day(review.getReviewedOn()) + " · " + review.getAuthorName()),
                RoadmapStyle.labelled("What changed", review.getSummary()), RoadmapStyle.labelled("Why", review.getWhy()));
        card.addClassName("review-card");
        card.setWidthFull();
        return card;
    }
}
