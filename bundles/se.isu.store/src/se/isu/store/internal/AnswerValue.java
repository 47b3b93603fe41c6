package se.isu.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class AnswerValue {

	@Column(name = "ITEM_ID", nullable = false, length = 64)
	String itemId;

	@Column(name = "TEXT_VALUE", length = 4000)
	String textValue;

	/** The answer as a number when it is one, so group compilation can aggregate in SQL. */
	@Column(name = "NUMBER_VALUE")
	Double numberValue;

	@Column(name = "MISSING_CODE", length = 8)
	String missingCode;
}
