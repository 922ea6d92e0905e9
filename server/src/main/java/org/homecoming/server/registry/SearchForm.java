package org.homecoming.server.registry;

/**
 * The search page's fields, bound from the query string.
 *
 * <pre>{@code
 * /persons?q=nguyen+van+thanh&status=MISSING&birthFrom=1945
 * }</pre>
 */
public class SearchForm {

    private String q;
    private String side;
    private String status;
    private String province;
    private String unit;
    private Integer birthFrom;
    private Integer birthTo;
    private Integer lossFrom;
    private Integer lossTo;

    PersonSearch.Criteria criteria() {
        return new PersonSearch.Criteria(q, side, status, province, unit, birthFrom, birthTo, lossFrom, lossTo);
    }

    public String getQ() { return q; }
    public void setQ(String v) { q = v; }
    public String getSide() { return side; }
    public void setSide(String v) { side = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getProvince() { return province; }
    public void setProvince(String v) { province = v; }
    public String getUnit() { return unit; }
    public void setUnit(String v) { unit = v; }
    public Integer getBirthFrom() { return birthFrom; }
    public void setBirthFrom(Integer v) { birthFrom = v; }
    public Integer getBirthTo() { return birthTo; }
    public void setBirthTo(Integer v) { birthTo = v; }
    public Integer getLossFrom() { return lossFrom; }
    public void setLossFrom(Integer v) { lossFrom = v; }
    public Integer getLossTo() { return lossTo; }
    public void setLossTo(Integer v) { lossTo = v; }
}
