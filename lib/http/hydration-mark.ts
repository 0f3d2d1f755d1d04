/**
 * The User Timing mark set when the browser's app starts hydrating (its query
 * client is made): everything before it is the browser loading the page and
 * Next's runtime running its scripts, the least any page of the app costs.
 * `npm run bench:ui` reads it.
 */
export const HYDRATION_MARK = "app:hydrating";
