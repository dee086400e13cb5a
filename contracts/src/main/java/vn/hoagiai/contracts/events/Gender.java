package vn.hoagiai.contracts.events;

/** Gender as recorded in the registry (giới tính). */
public enum Gender {

	FEMALE, MALE

}
