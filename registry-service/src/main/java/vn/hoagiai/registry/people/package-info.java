/**
 * The registry's people who are not mediators, and the province's designations: trainers (tập huấn
 * viên, báo cáo viên) of the province and the districts, legal supporters (người hỗ trợ pháp lý) of
 * mediation teams, pilot communes (xã điểm) and commendations (khen thưởng). Each change and the event
 * it causes on {@code registry.people} are one single-document write, as for teams.
 */
@NullMarked
package vn.hoagiai.registry.people;

import org.jspecify.annotations.NullMarked;
