def userinfo(claims, user):
    claims["email"] = user.email
    claims["name"] = user.get_full_name() or user.username
    return claims
