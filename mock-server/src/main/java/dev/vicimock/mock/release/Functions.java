package dev.vicimock.mock.release;

/** The names of the functions behind a login, grouped the way releases gained them. */
public final class Functions {
    public static final String UPDATE_PHONE = "update_phone";
    public static final String ADD_PHONE = "add_phone";
    public static final String ADD_USER = "add_user";
    public static final String UPDATE_USER = "update_user";
    public static final String COPY_USER = "copy_user";
    public static final String USER_DETAILS = "user_details";
    public static final String ADD_PHONE_ALIAS = "add_phone_alias";
    public static final String UPDATE_PHONE_ALIAS = "update_phone_alias";
    public static final String ADD_GROUP_ALIAS = "add_group_alias";

    /** The phone functions every modelled release has. */
    static final String[] PHONE = {UPDATE_PHONE, ADD_PHONE};
    /** The user and alias functions every modelled release has. */
    static final String[] USERS = {ADD_USER, UPDATE_USER, ADD_PHONE_ALIAS, UPDATE_PHONE_ALIAS, ADD_GROUP_ALIAS};

    private Functions() {}
}
